-- The one-stop rule set a dossier follows: the one in force on the day it was received (RuleSets).
alter table dossier add column rule_set varchar(40);
update dossier set rule_set = case when received_at < timestamp with time zone '2025-06-30 17:00:00+00'
                                   then 'ND61-2018' else 'ND118-2025' end;
alter table dossier alter column rule_set set not null;
