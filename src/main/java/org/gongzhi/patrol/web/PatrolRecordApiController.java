package org.gongzhi.patrol.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.gongzhi.patrol.PatrolRecordSummary;
import org.gongzhi.patrol.PatrolRecords;
import org.gongzhi.patrol.record.AttendanceCandidate;
import org.gongzhi.patrol.record.PatrolFinding;
import org.gongzhi.patrol.record.PatrolFindingInput;
import org.gongzhi.patrol.record.PatrolFindings;
import org.gongzhi.patrol.record.PatrolRecord;
import org.gongzhi.patrol.record.PatrolRecordCheck;
import org.gongzhi.patrol.record.PatrolRecordDay;
import org.gongzhi.shared.files.PhotoUpload;
import org.gongzhi.shared.files.PhotoUploads;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/** Patrol records for programs and for the phone's retries: list, read, attendance and findings. */
@RestController
@RequestMapping("/api/v1/patrols")
class PatrolRecordApiController {

    private static final String DAY = "/branches/{number}/{date:\\d{4}-\\d{2}-\\d{2}}";

    private final PatrolRecords records;
    private final PatrolFindings findings;

    PatrolRecordApiController(PatrolRecords records, PatrolFindings findings) {
        this.records = records;
        this.findings = findings;
    }

    /** The records of one branch, or of every branch the caller records, over the last year by default. */
    @GetMapping("/records")
    List<PatrolRecordSummary> list(@RequestParam(required = false) Integer branch,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return records.visible(Permissions.actor(), branch, from, to);
    }

    @GetMapping("/records/{id}")
    PatrolRecordDetails record(@PathVariable long id) {
        Actor actor = Permissions.actor();
        PatrolRecord record = records.get(actor.communityId(), id);
        return details(actor, record.branchNumber(), record.patrolDate());
    }

    /** Replaces the study topic and who attended; the body lists the residents present by id. */
    @PostMapping(DAY + "/attendance")
    PatrolRecordDetails attendance(@PathVariable int number,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestBody PatrolAttendanceRequest body) {
        Actor actor = Permissions.actor();
        records.recordAttendance(actor, number, date, body.studyTopic(),
                body.present() == null ? List.of() : body.present());
        return details(actor, number, date);
    }

    /** One tick on the attendance list; sending it again, as a phone back online may, changes nothing. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PutMapping(DAY + "/attendance/{residentId}")
    ResponseEntity<Void> presence(@PathVariable int number,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable long residentId,
            @RequestBody PresenceRequest body) {
        records.markPresent(Permissions.actor(), number, date, residentId, body.present());
        return ResponseEntity.noContent().build();
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PutMapping(DAY + "/study-topic")
    ResponseEntity<Void> studyTopic(@PathVariable int number,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestBody PatrolAttendanceRequest body) {
        records.recordStudyTopic(Permissions.actor(), number, date, body.studyTopic());
        return ResponseEntity.noContent().build();
    }

    /** One checklist item: {@code OK}, {@code PROBLEM}, or null for not walked; idempotent like a tick. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PutMapping(DAY + "/checks/{item}")
    ResponseEntity<Void> check(@PathVariable int number,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable String item,
            @RequestBody PatrolCheckRequest body) {
        records.recordCheck(Permissions.actor(), number, date, item, PatrolDayController.status(body.status()));
        return ResponseEntity.noContent().build();
    }

    /** Files a finding as a case: 201 the first time, 200 with the same finding when its key is sent again. */
    @ApiResponse(responseCode = "201", description = "Filed as a new case")
    @ApiResponse(responseCode = "200", description = "Already filed under this Idempotency-Key: the same finding")
    @PostMapping(path = DAY + "/findings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Finding> findingJson(@PathVariable int number,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody PatrolFindingForm body) {
        return finding(number, date, body.toInput(key), null);
    }

    @ApiResponse(responseCode = "201", description = "Filed as a new case")
    @ApiResponse(responseCode = "200", description = "Already filed under this Idempotency-Key: the same finding")
    @PostMapping(path = DAY + "/findings", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Finding> findingMultipart(@PathVariable int number,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @ModelAttribute PatrolFindingForm form, @RequestParam(required = false) MultipartFile photo) {
        return finding(number, date, form.toInput(key), PhotoUploads.photo(photo, "photo"));
    }

    private ResponseEntity<Finding> finding(int number, LocalDate date,
            PatrolFindingInput input, PhotoUpload photo) {
        PatrolFindings.Reported reported = findings.report(Permissions.actor(), number, date, input, photo);
        return ResponseEntity.status(reported.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Finding.of(reported.finding()));
    }

    private PatrolRecordDetails details(Actor actor, int number, LocalDate date) {
        PatrolRecordDay day = records.day(actor, number, date);
        return new PatrolRecordDetails(day.recordId(), number, day.schedule().branchName(), date,
                day.record() == null ? null : day.record().studyTopic(),
                day.record() == null ? null : day.record().closedAt(),
                day.present().stream().map(Attendee::of).toList(),
                day.checklist().stream().filter(c -> c.status() != null).map(Check::of).toList(),
                day.findings().stream().map(Finding::of).toList());
    }

    record PatrolAttendanceRequest(String studyTopic, List<Long> present) {
    }

    record PresenceRequest(boolean present) {
    }

    record PatrolCheckRequest(String status) {
    }

    /** A patrol record with everyone present (age on the day), the items walked and the findings with cases. */
    record PatrolRecordDetails(Long id, int branch, String branchName, LocalDate date, String studyTopic, OffsetDateTime closedAt,
            List<Attendee> attendance, List<Check> checks, List<Finding> findings) {
    }

    /** Someone present: no phone or ID number, only what the attendance list shows. */
    record Attendee(long residentId, String name, int age, String role) {

        static Attendee of(AttendanceCandidate c) {
            return new Attendee(c.residentId(), c.name(), c.age(), c.role().name());
        }
    }

    record Check(String item, String status) {

        static Check of(PatrolRecordCheck c) {
            return new Check(c.key(), c.status().name());
        }
    }

    record Finding(long id, String category, String placeKind, String placeCode, String severity, String description,
            boolean photo, long caseId, String caseState, OffsetDateTime reportedAt) {

        static Finding of(PatrolFinding f) {
            return new Finding(f.id(), f.category().name(), f.placeKind().name(), f.placeCode(), f.severity().name(),
                    f.description(), f.photoId() != null, f.caseId(), f.caseState().name(), f.reportedAt());
        }
    }
}
