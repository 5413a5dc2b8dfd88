package org.gongzhi.community.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongzhi.community.ResidentRow;
import org.gongzhi.community.resident.ResidentInput;

/** The register/correct-a-resident form; phone and ID number are left blank to keep them unchanged. */
public record ResidentForm(@NotBlank @Size(max = ResidentInput.MAX_NAME) String name, String gender,
        String birthDate, String phone, String idCard, String relation, String residenceType, Boolean partyMember,
        String movedIn, String stairwellCode, String room, Integer version) {

    ResidentInput input() {
        return new ResidentInput(name, gender, birthDate, phone, idCard, relation, residenceType,
                String.valueOf(Boolean.TRUE.equals(partyMember)), movedIn, stairwellCode, room);
    }

    static ResidentForm empty() {
        return new ResidentForm(null, null, null, null, null, "HOUSEHOLDER", "OWNER", false, null, null, null, null);
    }

    static ResidentForm of(ResidentRow r, int version) {
        return new ResidentForm(r.name(), r.gender().name(), r.birthDate().toString(), null, null,
                r.relation().name(), r.residenceType().name(), r.partyMember(), r.movedIn().toString(),
                r.stairwellCode(), r.room(), version);
    }
}
