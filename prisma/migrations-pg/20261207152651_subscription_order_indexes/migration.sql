-- DropIndex
DROP INDEX "Subscription_tenantId_idx";

-- CreateIndex
CREATE INDEX "Subscription_tenantId_createdAt_id_idx" ON "Subscription"("tenantId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "SubscriptionGroup_tenantId_firstKey_idx" ON "SubscriptionGroup"("tenantId", "firstKey");

