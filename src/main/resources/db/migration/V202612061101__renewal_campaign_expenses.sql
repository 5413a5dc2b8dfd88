-- A crowdfunded project's expenses in the campaign's public ledger: spending booked against the project's
-- crowdfunding line is an EXPENSE entry (no pledge; the spending it books), and every entry carries the running
-- total spent, so the balance (confirmed - refunded - spent) reconciles to the fen. The campaign row keeps the same
-- total.
alter table renewal_campaign add column spent_fen bigint not null default 0;
alter table renewal_ledger_entry alter column pledge_id drop not null;
alter table renewal_ledger_entry add column spending_id bigint references renewal_spending (id);
alter table renewal_ledger_entry add column spent_total_fen bigint not null default 0;
alter table renewal_ledger_entry add constraint renewal_ledger_expense
    check ((kind = 'EXPENSE' and spending_id is not null and pledge_id is null)
        or (kind <> 'EXPENSE' and spending_id is null and pledge_id is not null));
-- a payment is spent in the ledger once
create unique index renewal_ledger_spending on renewal_ledger_entry (spending_id);
