-- Issue #7, second part: the indicators whose data now exist elsewhere in the system are kept in the
-- reporting model like the others, so they too are sums over counters at request time.
--   NO-RESUBMIT: at receipt, whether a paper on file could have been reused and whether one was handed in again;
--   EID-USERS: at receipt, whether the applicant was identified electronically;
--   ISO-PROCEDURES: at approval, whether the dossier kept to its model's steps, budgets and time limit;
--   TTHC-SATISF / SVC-SATISF: the applicant's rating, counted on the day it was given.
alter table kpi_dossier_fact drop column rating;
alter table kpi_dossier_fact add column reuse_possible boolean default false not null;
alter table kpi_dossier_fact add column resubmitted boolean default false not null;
alter table kpi_dossier_fact add column identified boolean;
alter table kpi_dossier_fact add column conforming boolean;
alter table kpi_dossier_fact add column rated_at timestamp with time zone;
alter table kpi_dossier_fact add column rated_day date;
alter table kpi_dossier_fact add column rating_satisfied boolean;
alter table kpi_dossier_fact add column service_satisfied boolean;

alter table kpi_daily add column reuse_possible bigint default 0 not null;
alter table kpi_daily add column resubmitted bigint default 0 not null;
alter table kpi_daily add column identified bigint default 0 not null;
alter table kpi_daily add column conforming bigint default 0 not null;
alter table kpi_daily add column rated bigint default 0 not null;
alter table kpi_daily add column rating_satisfied bigint default 0 not null;
alter table kpi_daily add column service_satisfied bigint default 0 not null;

alter table kpi_monthly add column reuse_possible bigint default 0 not null;
alter table kpi_monthly add column resubmitted bigint default 0 not null;
alter table kpi_monthly add column identified bigint default 0 not null;
alter table kpi_monthly add column conforming bigint default 0 not null;
alter table kpi_monthly add column rated bigint default 0 not null;
alter table kpi_monthly add column rating_satisfied bigint default 0 not null;
alter table kpi_monthly add column service_satisfied bigint default 0 not null;
