-- CreateTable
CREATE TABLE "SavePoint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "documentJson" TEXT NOT NULL,
    "tenantNow" DATETIME NOT NULL,
    "actorEmail" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SavePoint_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SavePoint_tenantId_idx" ON "SavePoint"("tenantId");

-- CreateIndex
CREATE INDEX "SavePoint_tenantId_createdAt_idx" ON "SavePoint"("tenantId", "createdAt");
