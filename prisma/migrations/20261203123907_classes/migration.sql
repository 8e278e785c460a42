-- CreateTable
CREATE TABLE "Class" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "trainerId" TEXT NOT NULL,
    "trainerRole" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    "keptCopies" BOOLEAN
);

-- CreateTable
CREATE TABLE "ClassSeat" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tenantId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClassSeat_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClassSeat_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE SET NULL ON UPDATE CASCADE
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
