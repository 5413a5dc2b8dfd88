-- A vote closed by hand before its announced closing time keeps why (issue 17, item 4); null when it closed at or
-- after its closing time, or had none.
alter table vote add column closed_early_reason varchar(500);
