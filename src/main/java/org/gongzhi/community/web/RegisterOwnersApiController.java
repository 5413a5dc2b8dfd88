package org.gongzhi.community.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.community.ResidentPermissions;
import org.gongzhi.community.owner.OwnerQueries;
import org.gongzhi.community.owner.OwnerQueries.OwnerFilter;
import org.gongzhi.community.owner.Owners;
import org.gongzhi.community.owner.RegisterOwner;
import org.gongzhi.community.owner.RegisterUnit;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;

/** The register's owners and units for programs: names and ID numbers masked, for staff who complete them. */
@RestController
@RequestMapping("/api/v1/register")
class RegisterOwnersApiController {

    private final Owners owners;
    private final OwnerQueries queries;
    private final ResidentPermissions permissions;

    RegisterOwnersApiController(Owners owners, OwnerQueries queries, ResidentPermissions permissions) {
        this.owners = owners;
        this.queries = queries;
        this.permissions = permissions;
    }

    /** Current owners; {@code identified=false} gives those staff still have to complete. */
    @GetMapping("/owners")
    PageResult<RegisterOwner> owners(@RequestParam(required = false) Boolean identified,
            @RequestParam(required = false) Integer building, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Permissions.require(permissions.canCompleteOwners(Permissions.actor()));
        return queries.owners(Permissions.community(),
                new OwnerFilter(identified, building, PageResult.clampPage(page), PageResult.clampSize(size)));
    }

    /** Puts an owner's ID number on file; the answer shows it masked. */
    @PutMapping("/owners/{id}/identity")
    RegisterOwner identify(@PathVariable long id, @RequestBody OwnerIdentity body) {
        Permissions.require(permissions.canCompleteOwners(Permissions.actor()));
        return owners.identify(Permissions.community(), id, body.idNumber());
    }

    /** The community's units; {@code vacant=true} gives those no household lives in. */
    @GetMapping("/units")
    PageResult<RegisterUnit> units(@RequestParam(required = false) Boolean vacant,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Permissions.require(permissions.canCompleteOwners(Permissions.actor()));
        return queries.units(Permissions.community(), vacant, PageResult.clampPage(page), PageResult.clampSize(size));
    }

    /** The owner's ID number, as the request sends it. */
    record OwnerIdentity(String idNumber) {
    }
}
