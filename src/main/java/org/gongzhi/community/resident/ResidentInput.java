package org.gongzhi.community.resident;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongzhi.community.Gender;
import org.gongzhi.community.Relation;
import org.gongzhi.community.ResidenceType;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;

/**
 * A resident as typed into a form, an API call or a spreadsheet row: every field still text. A field's own rules
 * are its annotations (Bean Validation: the API, the page's form and the import check them); {@link #validate}
 * checks the rest, where fields depend on each other (an ID number gives the birth date and gender).
 */
public record ResidentInput(@NotBlank @Size(max = ResidentInput.MAX_NAME) String name, String gender,
        String birthDate, String phone, String idCard, String relation, String residenceType, String partyMember,
        String movedIn, String stairwellCode, String room) {

    public static final int MAX_NAME = 50;

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("男", "M"), Map.entry("女", "F"),
            Map.entry("户主", "HOUSEHOLDER"), Map.entry("配偶", "SPOUSE"), Map.entry("子女", "CHILD"),
            Map.entry("父母", "PARENT"), Map.entry("孙辈", "GRANDCHILD"), Map.entry("祖辈", "GRANDPARENT"),
            Map.entry("兄弟姐妹", "SIBLING"), Map.entry("其他", "OTHER"),
            Map.entry("业主", "OWNER"), Map.entry("租户", "TENANT"), Map.entry("家属", "FAMILY"),
            Map.entry("是", "true"), Map.entry("否", "false"));

    /** The same person with every field checked and typed. */
    public record Valid(String name, Gender gender, LocalDate birthDate, PhoneNumber phone, IdCardNumber idCard,
            Relation relation, ResidenceType residenceType, boolean partyMember, LocalDate movedIn,
            String stairwellCode, String room) {
    }

    /**
     * Checks and types every field past its annotations; with {@code needsAddress} the stairwell and room are
     * required too.
     */
    public Valid validate(LocalDate today, boolean needsAddress) {
        List<Problem> problems = new ArrayList<>();
        IdCardNumber id = null;
        String idText = IdCardNumber.normalise(trim(idCard));
        if (idText != null) {
            IdCardNumber.Problem problem = IdCardNumber.check(idText);
            if (problem == null) {
                id = new IdCardNumber(idText);
            } else {
                problems.add(new Problem("idCard", "validation.idCard." + problem.name()));
            }
        }
        Gender g = parseEnum(Gender.class, gender, "gender", problems, id == null ? null : id.gender());
        LocalDate born = parseDate(birthDate, "birthDate", problems, id == null ? null : id.birthDate());
        if (born != null && (born.isAfter(today) || born.getYear() < 1890)) {
            problems.add(new Problem("birthDate", "validation.birthDate.range"));
        }
        if (id != null && born != null && !born.equals(id.birthDate())) {
            problems.add(new Problem("idCard", "validation.idCard.birthDateMismatch"));
        }
        if (id != null && g != null && g != id.gender()) {
            problems.add(new Problem("idCard", "validation.idCard.genderMismatch"));
        }
        String phoneText = PhoneNumber.normalise(trim(phone));
        if (phoneText != null && !PhoneNumber.isValid(phoneText)) {
            problems.add(new Problem("phone", "validation.phone"));
        }
        Relation rel = parseEnum(Relation.class, relation, "relation", problems, null);
        ResidenceType type = parseEnum(ResidenceType.class, residenceType, "residenceType", problems, null);
        LocalDate in = parseDate(movedIn, "movedIn", problems, today);
        if (in != null && in.isAfter(today)) {
            problems.add(new Problem("movedIn", "validation.date.future"));
        }
        if (in != null && born != null && in.isBefore(born)) {
            problems.add(new Problem("movedIn", "validation.movedIn.beforeBirth"));
        }
        Boolean member = parseBoolean(partyMember, problems);
        if (needsAddress) {
            if (trim(stairwellCode) == null) {
                problems.add(new Problem("stairwellCode", "validation.required"));
            }
            if (trim(room) == null) {
                problems.add(new Problem("room", "validation.required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Valid(trim(name), g, born, phoneText == null ? null : new PhoneNumber(phoneText), id, rel, type,
                Boolean.TRUE.equals(member), in, upper(stairwellCode), trim(room));
    }

    public boolean hasAddress() {
        return trim(stairwellCode) != null && trim(room) != null;
    }

    public String stairwellCodeText() {
        return upper(stairwellCode);
    }

    public String roomText() {
        return trim(room);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String upper(String s) {
        String t = trim(s);
        return t == null ? null : t.toUpperCase();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, String field, List<Problem> problems,
            E fallback) {
        String text = trim(raw);
        if (text == null) {
            if (fallback == null) {
                problems.add(new Problem(field, "validation.required"));
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, LABELS.getOrDefault(text, text).toUpperCase());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, "validation.choice", text));
            return null;
        }
    }

    private static LocalDate parseDate(String raw, String field, List<Problem> problems, LocalDate fallback) {
        String text = trim(raw);
        if (text == null) {
            if (fallback == null) {
                problems.add(new Problem(field, "validation.required"));
            }
            return fallback;
        }
        try {
            return LocalDate.parse(text.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "validation.date", text));
            return null;
        }
    }

    private static Boolean parseBoolean(String raw, List<Problem> problems) {
        String text = trim(raw);
        if (text == null) {
            return false;
        }
        String value = LABELS.getOrDefault(text, text).toLowerCase();
        if (value.equals("true") || value.equals("on") || value.equals("yes")) {
            return true;
        }
        if (value.equals("false") || value.equals("no")) {
            return false;
        }
        problems.add(new Problem("partyMember", "validation.choice", text));
        return null;
    }
}
