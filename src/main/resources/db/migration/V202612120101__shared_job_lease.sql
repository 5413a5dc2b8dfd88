-- A scheduled job runs on one instance at a time: before it acts, the instance takes the job's lease (a row per job,
-- created by the first instance that runs it). A lease is free once its time is past: an instance that dies while it
-- holds one blocks the job only until then. org.gongzhi.shared.scheduling.JobLease.
create table job_lease (
    job varchar(80) not null primary key,
    holder varchar(120) not null,
    taken_at timestamp with time zone not null,
    held_until timestamp with time zone not null
);
