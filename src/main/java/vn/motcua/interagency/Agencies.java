package vn.motcua.interagency;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.motcua.identity.OrganisationProperties;
import vn.motcua.identity.Role;

/** The other agencies the commune exchanges dossiers with: the units of organisation.yaml with role AGENCY. */
@Component
public class Agencies {

    private final OrganisationProperties organisation;

    public Agencies(OrganisationProperties organisation) {
        this.organisation = organisation;
    }

    public Optional<OrganisationProperties.Unit> byId(String id) {
        return all().stream().filter(unit -> unit.id().equals(id)).findFirst();
    }

    public List<OrganisationProperties.Unit> all() {
        return organisation.units().stream().filter(unit -> unit.role() == Role.AGENCY).toList();
    }

    public String name(String id) {
        return byId(id).map(OrganisationProperties.Unit::name).orElseThrow(() ->
                new IllegalStateException("Cơ quan liên thông \"" + id + "\" chưa được khai báo trong organisation.yaml"));
    }

    /** The message a model's boundary event waits for, e.g. {@code interagency-result-police}. */
    public static String resultMessage(String agencyId) {
        return "interagency-result-" + agencyId;
    }

    /**
     * Prefix of the process variables an agency's answer sets ({@code policeOutcome},
     * {@code socialinsuranceReference} …): the agency id, which Camunda already restricts to
     * letters and digits, so it is usable in expressions.
     */
    public static String variablePrefix(String agencyId) {
        return agencyId;
    }
}
