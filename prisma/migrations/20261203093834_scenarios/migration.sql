-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN "scenarioId" TEXT;

-- CreateTable
CREATE TABLE "Scenario" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "documentJson" TEXT NOT NULL,
    "goalsJson" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "TenantGoal" (
    "tenantId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "metAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "goalId"),
    CONSTRAINT "TenantGoal_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "TenantGoal_tenantId_idx" ON "TenantGoal"("tenantId");
