-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "disabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "instanceRole" TEXT NOT NULL DEFAULT 'member';

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "scenarioId" TEXT;

-- CreateTable
CREATE TABLE "ConsoleSession" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ConsoleSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Scenario" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "documentJson" TEXT NOT NULL,
    "goalsJson" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Scenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TenantGoal" (
    "tenantId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "metAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TenantGoal_pkey" PRIMARY KEY ("tenantId","goalId")
);

-- CreateTable
CREATE TABLE "AppRegistration" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "secretHint" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "AppRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GraphToken" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "appId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GraphToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConsoleSession_accountId_idx" ON "ConsoleSession"("accountId");

-- CreateIndex
CREATE INDEX "TenantGoal_tenantId_idx" ON "TenantGoal"("tenantId");

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

-- AddForeignKey
ALTER TABLE "ConsoleSession" ADD CONSTRAINT "ConsoleSession_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenantGoal" ADD CONSTRAINT "TenantGoal_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppRegistration" ADD CONSTRAINT "AppRegistration_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GraphToken" ADD CONSTRAINT "GraphToken_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GraphToken" ADD CONSTRAINT "GraphToken_appId_fkey" FOREIGN KEY ("appId") REFERENCES "AppRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Data (from 20261203092326_signins): the demo Global admin owns the instance
UPDATE "Account" SET "instanceRole" = 'owner' WHERE "email" = 'global.admin@sandbox.test';
