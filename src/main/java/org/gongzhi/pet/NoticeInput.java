package org.gongzhi.pet;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A notice for the lost-and-found board, from the page or the API: a lost pet (perhaps naming the household's pet,
 * {@code petId}) or one found, with where and when it was last seen.
 */
public record NoticeInput(@NotNull NoticeKind kind, @NotNull Species species, Long petId,
        @NotBlank @Size(max = 500) String description, @NotBlank @Size(max = 200) String place,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate seenOn) {

    public static NoticeInput empty() {
        return new NoticeInput(null, null, null, null, null, null);
    }
}
