-- CreateTable
CREATE TABLE "SubscriptionGroup" (
    "tenantId" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "status" "SubscriptionStatus" NOT NULL,
    "commercial" BOOLEAN NOT NULL,
    "hasSeats" BOOLEAN NOT NULL,
    "quantity" INTEGER NOT NULL,
    "firstKey" TEXT NOT NULL,

    CONSTRAINT "SubscriptionGroup_pkey" PRIMARY KEY ("tenantId","sku","status","commercial","hasSeats")
);

-- AddForeignKey
ALTER TABLE "SubscriptionGroup" ADD CONSTRAINT "SubscriptionGroup_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Kept by a trigger (lib/data/snapshot.ts reads it; the application never writes it), as the SQLite migration's
-- triggers keep it. A group's firstKey is its first member's "createdAt id" with createdAt as fixed-width text
-- (compared byte by byte: COLLATE "C"); '' marks a group left empty, then deleted.
CREATE FUNCTION "subscription_group_key"(created TIMESTAMP(3), id TEXT) RETURNS TEXT AS $$
  SELECT to_char(created, 'YYYY-MM-DD"T"HH24:MI:SS.US') || ' ' || id
$$ LANGUAGE sql IMMUTABLE;

CREATE FUNCTION "subscription_group_sync"() RETURNS TRIGGER AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE "SubscriptionGroup" g SET
      "quantity" = g."quantity" - OLD."quantity",
      "firstKey" = CASE WHEN g."firstKey" = "subscription_group_key"(OLD."createdAt", OLD."id") THEN COALESCE((
        SELECT "subscription_group_key"(s."createdAt", s."id") FROM "Subscription" s
        WHERE s."tenantId" = OLD."tenantId" AND s."sku" = OLD."sku" AND s."status" = OLD."status"
          AND s."commercial" = OLD."commercial" AND (s."quantity" > 0) = (OLD."quantity" > 0)
          AND (TG_OP = 'DELETE' OR s."id" <> NEW."id")
        ORDER BY s."createdAt", s."id" COLLATE "C" LIMIT 1), '') ELSE g."firstKey" END
    WHERE g."tenantId" = OLD."tenantId" AND g."sku" = OLD."sku" AND g."status" = OLD."status"
      AND g."commercial" = OLD."commercial" AND g."hasSeats" = (OLD."quantity" > 0);
    DELETE FROM "SubscriptionGroup" WHERE "tenantId" = OLD."tenantId" AND "firstKey" = '';
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "SubscriptionGroup" ("tenantId", "sku", "status", "commercial", "hasSeats", "quantity", "firstKey")
    VALUES (NEW."tenantId", NEW."sku", NEW."status", NEW."commercial", NEW."quantity" > 0, NEW."quantity",
            "subscription_group_key"(NEW."createdAt", NEW."id"))
    ON CONFLICT ("tenantId", "sku", "status", "commercial", "hasSeats") DO UPDATE SET
      "quantity" = "SubscriptionGroup"."quantity" + EXCLUDED."quantity",
      "firstKey" = LEAST("SubscriptionGroup"."firstKey" COLLATE "C", EXCLUDED."firstKey" COLLATE "C");
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Subscription_group_sync" AFTER INSERT OR DELETE OR UPDATE OF "tenantId", "sku", "status", "commercial", "quantity", "createdAt", "id"
  ON "Subscription" FOR EACH ROW EXECUTE FUNCTION "subscription_group_sync"();

-- The subscriptions there already.
INSERT INTO "SubscriptionGroup" ("tenantId", "sku", "status", "commercial", "hasSeats", "quantity", "firstKey")
SELECT "tenantId", "sku", "status", "commercial", "quantity" > 0, SUM("quantity"), MIN("subscription_group_key"("createdAt", "id") COLLATE "C")
FROM "Subscription" GROUP BY "tenantId", "sku", "status", "commercial", "quantity" > 0;
