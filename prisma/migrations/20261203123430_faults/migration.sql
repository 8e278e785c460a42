-- CreateTable
CREATE TABLE "TenantFaults" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "declineNextCharges" INTEGER NOT NULL DEFAULT 0,
    "latencyMs" INTEGER NOT NULL DEFAULT 0,
    "throttleEveryNth" INTEGER NOT NULL DEFAULT 0,
    "throttleRetryAfterSeconds" INTEGER NOT NULL DEFAULT 0,
    "graphRequestCount" INTEGER NOT NULL DEFAULT 0,
    "failNextCount" INTEGER NOT NULL DEFAULT 0,
    "failNextStatus" INTEGER NOT NULL DEFAULT 503,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TenantFaults_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "TenantFaults_tenantId_key" ON "TenantFaults"("tenantId");

-- CreateIndex
CREATE INDEX "TenantFaults_tenantId_idx" ON "TenantFaults"("tenantId");
