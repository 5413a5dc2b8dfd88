-- The estate on a map (issue 12, item 7). Positions are WGS-84 in whole micro-degrees (31.133000 N is 31133000):
-- integers, exact in both databases; GCJ-02 only at the edges (docs/decisions.md). A building's position is its
-- centre, a stairwell's its door; the community's boundary is a polygon of vertices in order; the landmarks
-- (community.Landmark) have a position and a radius to draw them by.
alter table building add column lat_e6 int;
alter table building add column long_e6 int;
alter table stairwell add column lat_e6 int;
alter table stairwell add column long_e6 int;

create table community_boundary_point (
    community_id bigint not null references community (id),
    seq int not null,
    lat_e6 int not null,
    long_e6 int not null,
    primary key (community_id, seq)
);

create table landmark_position (
    community_id bigint not null references community (id),
    landmark varchar(30) not null,
    lat_e6 int not null,
    long_e6 int not null,
    radius_m int not null,
    primary key (community_id, landmark)
);
