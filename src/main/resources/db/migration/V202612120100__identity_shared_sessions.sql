-- Sessions in the database (Spring Session JDBC), so that any of several instances behind the proxy serves any
-- request of a signed-in browser and a restart signs nobody out. The library names these tables and their columns;
-- Flyway creates them (spring.session.jdbc.initialize-schema=never). Written once for H2 (PostgreSQL mode) and
-- PostgreSQL alike: times are milliseconds since the epoch, the attributes Java-serialised bytes (bytea is
-- varbinary on H2). A session row goes with its attributes.
create table spring_session (
    primary_id char(36) not null primary key,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval integer not null,
    expiry_time bigint not null,
    principal_name varchar(100)
);
create unique index spring_session_session_id on spring_session (session_id);
-- the clean-up deletes by expiry time; "sessions of this user name" looks up by principal name
create index spring_session_expiry on spring_session (expiry_time);
create index spring_session_principal on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null references spring_session (primary_id) on delete cascade,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    primary key (session_primary_id, attribute_name)
);
