-- One resident import at a time per community. An import inserts its community's row here first, inside its own
-- transaction, and deletes it before committing: a second import of the same community waits at that insert until
-- the first has ended, and only then reads which ID numbers are registered, so two imports of one file (a retry, a
-- second click) cannot both register everyone. No row outlives its transaction.
create table resident_import_turn (
    community_id bigint primary key references community (id)
);
