-- New statuses get a migration of their own: PostgreSQL cannot use an enum value in the
-- transaction that adds it, and the next migration marks duplicates MERGED.

-- AlterEnum
ALTER TYPE "CaseStatus" ADD VALUE 'MERGED';

-- AlterEnum
ALTER TYPE "ContactStatus" ADD VALUE 'MERGED';
