package org.gongzhi.community.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.community.ResidentPermissions;
import org.gongzhi.community.ResidentQueries;
import org.gongzhi.community.ResidentRow;
import org.gongzhi.community.ResidentSearch;
import org.gongzhi.community.resident.ResidentInput;
import org.gongzhi.community.resident.Residents;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PageResult;

/** The register's residents for programs: masked, paged, and scoped to what the caller may see. */
@RestController
@RequestMapping("/api/v1/residents")
class ResidentApiController {

    private final Residents residents;
    private final ResidentQueries queries;
    private final ResidentPermissions permissions;
    private final FormProblems formProblems;

    ResidentApiController(Residents residents, ResidentQueries queries, ResidentPermissions permissions,
            FormProblems formProblems) {
        this.formProblems = formProblems;
        this.residents = residents;
        this.queries = queries;
        this.permissions = permissions;
    }

    @GetMapping
    PageResult<ResidentRow> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer grid, @RequestParam(defaultValue = "false") boolean movedOut,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canBrowse(actor));
        return queries.search(Permissions.community(), permissions.visibility(actor),
                new ResidentSearch(q, grid, movedOut, PageResult.clampPage(page), PageResult.clampSize(size)));
    }

    @GetMapping("/{id}")
    ResidentRow get(@PathVariable long id) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canBrowse(actor));
        return queries.get(Permissions.community(), permissions.visibility(actor), id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<ResidentRow> register(@Valid @RequestBody ResidentInput input, BindingResult fields) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canEdit(actor));
        formProblems.require(fields, () -> residents.check(Permissions.community(), input));
        long id = residents.register(Permissions.community(), input);
        return ResponseEntity.created(URI.create("/api/v1/residents/" + id))
                .body(queries.get(Permissions.community(), permissions.visibility(actor), id));
    }

    /** Corrects personal data; send the {@code version} last read, as the {@code If-Match} of this API. */
    @PutMapping("/{id}")
    ResidentRow correct(@PathVariable long id, @RequestParam int version, @Valid @RequestBody ResidentInput input,
            BindingResult fields) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canEdit(actor));
        queries.get(Permissions.community(), permissions.visibility(actor), id);
        formProblems.require(fields);
        residents.correct(Permissions.community(), id, version, input);
        return queries.get(Permissions.community(), permissions.visibility(actor), id);
    }

    @PostMapping("/{id}/move-out")
    ResidentRow moveOut(@PathVariable long id, @RequestBody(required = false) MoveOut body) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canEdit(actor));
        queries.get(Permissions.community(), permissions.visibility(actor), id);
        residents.moveOut(Permissions.community(), id, body == null ? null : body.on());
        return queries.get(Permissions.community(), permissions.visibility(actor), id);
    }

    @GetMapping("/{id}/household")
    List<ResidentRow> household(@PathVariable long id) {
        ResidentRow resident = get(id);
        return queries.household(Permissions.community(), resident.householdId());
    }

    /** The full ID-card number, for residents' committee staff only; audited. */
    @PostMapping("/{id}/id-card/reveal")
    Map<String, String> revealIdCard(@PathVariable long id) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canRevealIdCard(actor));
        queries.get(Permissions.community(), permissions.visibility(actor), id);
        return Map.of("idCard", residents.revealIdCard(Permissions.community(), id).orElse(""));
    }

    @GetMapping("/{id}/version")
    Map<String, Integer> version(@PathVariable long id) {
        get(id);
        return Map.of("version", queries.version(id));
    }

    record MoveOut(LocalDate on) {
    }
}
