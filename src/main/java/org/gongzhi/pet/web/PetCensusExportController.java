package org.gongzhi.pet.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gongzhi.pet.Pet;
import org.gongzhi.pet.PetHandling;
import org.gongzhi.pet.PetPermissions;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.ListExport;

/**
 * The pet census as .xlsx: the living pets of one building, or of the whole community, with their homes. It
 * names households, so only staff download it (pet volunteers see their grids on screen); audited.
 */
@Controller
class PetCensusExportController {

    private static final List<ListExport.Column<Pet>> COLUMNS = List.of(
            ListExport.column("export.number", Pet::id),
            ListExport.column("export.pet.building", Pet::buildingNumber),
            ListExport.column("export.pet.stairwell", Pet::stairwellCode),
            ListExport.column("export.pet.room", Pet::room),
            ListExport.column("export.pet.grid", Pet::gridNumber),
            ListExport.column("export.pet.species", Pet::species),
            ListExport.column("export.pet.name", Pet::name),
            ListExport.column("export.pet.breed", Pet::breed),
            ListExport.column("export.pet.sex", Pet::sex),
            ListExport.column("export.pet.birthDate", Pet::birthDate),
            ListExport.column("export.pet.neutered", Pet::neutered),
            ListExport.column("export.pet.licence", Pet::licenceNumber),
            ListExport.column("export.pet.licenceExpiresOn", Pet::licenceExpiresOn),
            ListExport.column("export.pet.rabiesOn", Pet::rabiesVaccinatedOn));

    private final PetHandling pets;
    private final PetPermissions permissions;
    private final ListExport exports;

    PetCensusExportController(PetHandling pets, PetPermissions permissions, ListExport exports) {
        this.pets = pets;
        this.permissions = permissions;
        this.exports = exports;
    }

    @GetMapping("/pets/census.xlsx")
    void export(@RequestParam(required = false) Integer building, Locale locale, HttpServletResponse response)
            throws IOException {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.isStaff(actor));
        exports.send(response, locale, actor.communityId(), new ListExport.Export<>("pet.census.title", "pet",
                building == null ? "" : "building=" + building, COLUMNS,
                n -> pets.living(actor, building, n, ListExport.PAGE).items()));
    }
}
