package org.gongzhi.cases.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.cases.open311.Open311Key;
import org.gongzhi.cases.open311.Open311Keys;
import org.gongzhi.shared.security.Permissions;

/** Open311 keys for programs: list, issue (the key is in this one answer only) and revoke. */
@RestController
@RequestMapping("/api/v1/open311/keys")
class Open311KeysApiController {

    private final Open311Keys keys;

    Open311KeysApiController(Open311Keys keys) {
        this.keys = keys;
    }

    @GetMapping
    List<Open311Key> list() {
        return keys.list(Permissions.actor());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<Open311Key.Issued> issue(@RequestBody KeyRequest request) {
        Open311Key.Issued issued = keys.issue(Permissions.actor(), request.label());
        return ResponseEntity.created(URI.create("/api/v1/open311/keys/" + issued.id())).body(issued);
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        keys.revoke(Permissions.actor(), id);
        return ResponseEntity.noContent().build();
    }

    record KeyRequest(String label) {
    }
}
