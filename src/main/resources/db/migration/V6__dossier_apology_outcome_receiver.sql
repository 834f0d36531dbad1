-- The apology's reason and new date (form 04) as data, not only as history text; the outcome of
-- processing (a result, or a reasoned refusal after acceptance); and who received the dossier, so a
-- portal's reference is unique per portal account rather than across all callers.
alter table dossier add column delay_reason varchar(2000);
alter table dossier add column extended_appointment_at timestamp with time zone;
alter table dossier add column outcome varchar(16);
alter table dossier add column received_by varchar(100);

update dossier set received_by = (select min(e.actor) from dossier_event e
                                  where e.dossier_id = dossier.id and e.type = 'RECEIVED');
update dossier set received_by = 'he-thong' where received_by is null;
alter table dossier alter column received_by set not null;

alter table dossier drop constraint uk_dossier_portal_reference;
alter table dossier add constraint uk_dossier_portal_reference unique (received_by, portal_reference);
