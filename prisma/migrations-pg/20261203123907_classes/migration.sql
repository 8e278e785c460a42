-- CreateTable
CREATE TABLE "Class" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "trainerId" TEXT NOT NULL,
    "trainerRole" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "keptCopies" BOOLEAN,

    CONSTRAINT "Class_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClassSeat" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tenantId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassSeat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TenantFaults" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "declineNextCharges" INTEGER NOT NULL DEFAULT 0,
    "latencyMs" INTEGER NOT NULL DEFAULT 0,
    "throttleEveryNth" INTEGER NOT NULL DEFAULT 0,
    "throttleRetryAfterSeconds" INTEGER NOT NULL DEFAULT 0,
    "graphRequestCount" INTEGER NOT NULL DEFAULT 0,
    "failNextCount" INTEGER NOT NULL DEFAULT 0,
    "failNextStatus" INTEGER NOT NULL DEFAULT 503,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TenantFaults_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Class_trainerId_idx" ON "Class"("trainerId");

-- CreateIndex
CREATE INDEX "ClassSeat_classId_idx" ON "ClassSeat"("classId");

-- CreateIndex
CREATE INDEX "ClassSeat_accountId_idx" ON "ClassSeat"("accountId");

-- CreateIndex
CREATE INDEX "ClassSeat_tenantId_idx" ON "ClassSeat"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "ClassSeat_classId_accountId_key" ON "ClassSeat"("classId", "accountId");

-- CreateIndex
CREATE UNIQUE INDEX "TenantFaults_tenantId_key" ON "TenantFaults"("tenantId");

-- CreateIndex
CREATE INDEX "TenantFaults_tenantId_idx" ON "TenantFaults"("tenantId");

-- AddForeignKey
ALTER TABLE "ClassSeat" ADD CONSTRAINT "ClassSeat_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassSeat" ADD CONSTRAINT "ClassSeat_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenantFaults" ADD CONSTRAINT "TenantFaults_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

