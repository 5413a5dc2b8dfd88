-- The frozen electorate (业主名册) shows where each unit's area came from and the figures behind it, so an auditor
-- can check it against the register, the survey and the contract without the register as it is today.
alter table vote_elector_unit add column area_source varchar(10);
alter table vote_elector_unit add column register_area bigint;
alter table vote_elector_unit add column survey_area bigint;
alter table vote_elector_unit add column contract_area bigint;
alter table vote_elector_unit add column developer_held boolean not null default false;
alter table vote_elector_unit add column vacant boolean not null default false;
-- false: an owner with no identity on file, counted as a person of their unit alone
alter table vote_elector add column identified boolean not null default true;
