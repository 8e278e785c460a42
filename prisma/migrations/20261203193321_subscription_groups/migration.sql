-- CreateTable
CREATE TABLE "SubscriptionGroup" (
    "tenantId" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "commercial" BOOLEAN NOT NULL,
    "hasSeats" BOOLEAN NOT NULL,
    "quantity" INTEGER NOT NULL,
    "firstKey" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "sku", "status", "commercial", "hasSeats"),
    CONSTRAINT "SubscriptionGroup_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Kept by triggers (lib/data/snapshot.ts reads it; the application never writes it). A group's firstKey is its
-- first member's "createdAt id" (createdAt is fixed-width ISO text); '' marks a group left empty, then deleted.
-- A removed member that was the first hands over to the next one, found through the covering index
-- Subscription(tenantId, sku, status, commercial, createdAt, id, quantity).
CREATE TRIGGER "Subscription_group_insert" AFTER INSERT ON "Subscription" BEGIN
  INSERT INTO "SubscriptionGroup" ("tenantId", "sku", "status", "commercial", "hasSeats", "quantity", "firstKey")
  VALUES (NEW."tenantId", NEW."sku", NEW."status", NEW."commercial", NEW."quantity" > 0, NEW."quantity", NEW."createdAt" || ' ' || NEW."id")
  ON CONFLICT ("tenantId", "sku", "status", "commercial", "hasSeats") DO UPDATE SET
    "quantity" = "quantity" + excluded."quantity",
    "firstKey" = MIN("firstKey", excluded."firstKey");
END;

CREATE TRIGGER "Subscription_group_delete" AFTER DELETE ON "Subscription" BEGIN
  UPDATE "SubscriptionGroup" SET
    "quantity" = "quantity" - OLD."quantity",
    "firstKey" = CASE WHEN "firstKey" = OLD."createdAt" || ' ' || OLD."id" THEN COALESCE((
      SELECT s."createdAt" || ' ' || s."id" FROM "Subscription" s
      WHERE s."tenantId" = OLD."tenantId" AND s."sku" = OLD."sku" AND s."status" = OLD."status"
        AND s."commercial" = OLD."commercial" AND (s."quantity" > 0) = (OLD."quantity" > 0)
      ORDER BY s."createdAt", s."id" LIMIT 1), '') ELSE "firstKey" END
  WHERE "tenantId" = OLD."tenantId" AND "sku" = OLD."sku" AND "status" = OLD."status"
    AND "commercial" = OLD."commercial" AND "hasSeats" = (OLD."quantity" > 0);
  DELETE FROM "SubscriptionGroup" WHERE "tenantId" = OLD."tenantId" AND "firstKey" = '';
END;

CREATE TRIGGER "Subscription_group_update" AFTER UPDATE OF "tenantId", "sku", "status", "commercial", "quantity", "createdAt", "id" ON "Subscription" BEGIN
  UPDATE "SubscriptionGroup" SET
    "quantity" = "quantity" - OLD."quantity",
    "firstKey" = CASE WHEN "firstKey" = OLD."createdAt" || ' ' || OLD."id" THEN COALESCE((
      SELECT s."createdAt" || ' ' || s."id" FROM "Subscription" s
      WHERE s."tenantId" = OLD."tenantId" AND s."sku" = OLD."sku" AND s."status" = OLD."status"
        AND s."commercial" = OLD."commercial" AND (s."quantity" > 0) = (OLD."quantity" > 0)
        AND s."id" <> NEW."id"
      ORDER BY s."createdAt", s."id" LIMIT 1), '') ELSE "firstKey" END
  WHERE "tenantId" = OLD."tenantId" AND "sku" = OLD."sku" AND "status" = OLD."status"
    AND "commercial" = OLD."commercial" AND "hasSeats" = (OLD."quantity" > 0);
  DELETE FROM "SubscriptionGroup" WHERE "tenantId" = OLD."tenantId" AND "firstKey" = '';
  INSERT INTO "SubscriptionGroup" ("tenantId", "sku", "status", "commercial", "hasSeats", "quantity", "firstKey")
  VALUES (NEW."tenantId", NEW."sku", NEW."status", NEW."commercial", NEW."quantity" > 0, NEW."quantity", NEW."createdAt" || ' ' || NEW."id")
  ON CONFLICT ("tenantId", "sku", "status", "commercial", "hasSeats") DO UPDATE SET
    "quantity" = "quantity" + excluded."quantity",
    "firstKey" = MIN("firstKey", excluded."firstKey");
END;

-- The subscriptions there already.
INSERT INTO "SubscriptionGroup" ("tenantId", "sku", "status", "commercial", "hasSeats", "quantity", "firstKey")
SELECT "tenantId", "sku", "status", "commercial", "quantity" > 0, SUM("quantity"), MIN("createdAt" || ' ' || "id")
FROM "Subscription" GROUP BY "tenantId", "sku", "status", "commercial", "quantity" > 0;
