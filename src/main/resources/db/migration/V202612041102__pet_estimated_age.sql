-- A pet whose birthday nobody knows is recorded with an estimated age: its birth date is then the estimate's.
alter table pet add column birth_estimated boolean not null default false;
