-- Reporting model for the reform KPIs (issue #7), kept up to date by the dossier's change events in
-- the same transaction, so KPI figures never scan Camunda's history at request time.

-- One row per dossier: what the indicators need, as of its latest change.
create table kpi_dossier_fact (
    dossier_code               varchar(64)  primary key,
    procedure_code             varchar(40)  not null,
    procedure_name             varchar(400) not null,
    field                      varchar(200) not null,
    unit_id                    varchar(64)  not null,
    channel                    varchar(20)  not null,
    status                     varchar(30)  not null,
    received_at                timestamp with time zone not null,
    received_day               date         not null,
    accepted_at                timestamp with time zone,
    appointment_at             timestamp with time zone,
    -- The appointment moved by the office time the applicant's pauses took (Decision 766).
    due_at                     timestamp with time zone,
    finished_at                timestamp with time zone,
    finished_day               date,
    timeliness                 varchar(10),
    supplement_requests        integer      not null,
    paused                     boolean      not null,
    components_digitized       boolean      not null,
    result_electronic          boolean      not null,
    transferred_electronically boolean      not null,
    papers_reused              boolean      not null,
    -- Filled when citizens' ratings exist (issue #10); null means "no data", never a default.
    rating                     smallint,
    updated_at                 timestamp with time zone not null
);

create index ix_kpi_fact_finished on kpi_dossier_fact (finished_day, timeliness);
create index ix_kpi_fact_received on kpi_dossier_fact (received_day);
create index ix_kpi_fact_open on kpi_dossier_fact (finished_at, received_at);

-- Counters per day, procedure, unit and channel: a year is at most a few thousand rows to sum.
-- Received counts on the day of receipt; resolved, withdrawn, cancelled and refused on the day it ended.
create table kpi_daily (
    stat_day                   date         not null,
    procedure_code             varchar(40)  not null,
    unit_id                    varchar(64)  not null,
    channel                    varchar(20)  not null,
    field                      varchar(200) not null,
    received                   bigint       not null,
    resolved                   bigint       not null,
    early                      bigint       not null,
    on_time                    bigint       not null,
    late                       bigint       not null,
    digitized                  bigint       not null,
    result_electronic          bigint       not null,
    transferred_electronically bigint       not null,
    papers_reused              bigint       not null,
    resolution_minutes         bigint       not null,
    withdrawn                  bigint       not null,
    cancelled                  bigint       not null,
    refused                    bigint       not null,
    primary key (stat_day, procedure_code, unit_id, channel)
);

-- The same counters per month (stat_month = the month's first day), moved by the same deltas: a year
-- or a quarter sums a few hundred rows; the daily table only serves the partial months of a custom period.
create table kpi_monthly (
    stat_month                 date         not null,
    procedure_code             varchar(40)  not null,
    unit_id                    varchar(64)  not null,
    channel                    varchar(20)  not null,
    field                      varchar(200) not null,
    received                   bigint       not null,
    resolved                   bigint       not null,
    early                      bigint       not null,
    on_time                    bigint       not null,
    late                       bigint       not null,
    digitized                  bigint       not null,
    result_electronic          bigint       not null,
    transferred_electronically bigint       not null,
    papers_reused              bigint       not null,
    resolution_minutes         bigint       not null,
    withdrawn                  bigint       not null,
    cancelled                  bigint       not null,
    refused                    bigint       not null,
    primary key (stat_month, procedure_code, unit_id, channel)
);
