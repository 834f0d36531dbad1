package vn.motcua.citizen.papers;

import vn.motcua.dossier.Applicant;

/**
 * Port to the national population database (Cơ sở dữ liệu quốc gia về dân cư) and VNeID: is the
 * applicant the person the ID number names? The real adapter calls the province's integration
 * platform (LGSP) or the national data-sharing platform (NDXP) with the commune's credentials, or takes
 * the VNeID login the portal already made; see docs/citizens.md. {@link DemoPopulationRegistry} stands in.
 */
public interface PopulationRegistry {

    Check verify(Applicant applicant);

    /** @param source the system that answered, recorded with the dossier (e.g. "VNeID") */
    record Check(boolean verified, String source, String detail) {
    }
}
