-- The point an Open311 request was filed at (WGS-84 micro-degrees, issue 12 item 8); empty when it named a place.
alter table open311_request add column lat_e6 int;
alter table open311_request add column long_e6 int;
