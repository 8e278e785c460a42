-- DropIndex
DROP INDEX "Subscription_tenantId_sku_idx";

-- CreateIndex
CREATE INDEX "Subscription_tenantId_sku_status_commercial_createdAt_id_qu_idx" ON "Subscription"("tenantId", "sku", "status", "commercial", "createdAt", "id", "quantity");

