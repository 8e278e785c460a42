-- CreateTable
CREATE TABLE "AppRegistration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "secretHint" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    CONSTRAINT "AppRegistration_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GraphToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "appId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "GraphToken_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GraphToken_appId_fkey" FOREIGN KEY ("appId") REFERENCES "AppRegistration" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "AppRegistration_clientId_key" ON "AppRegistration"("clientId");

-- CreateIndex
CREATE INDEX "AppRegistration_tenantId_idx" ON "AppRegistration"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "GraphToken_tokenHash_key" ON "GraphToken"("tokenHash");

-- CreateIndex
CREATE INDEX "GraphToken_tenantId_idx" ON "GraphToken"("tenantId");

-- CreateIndex
CREATE INDEX "GraphToken_appId_idx" ON "GraphToken"("appId");
