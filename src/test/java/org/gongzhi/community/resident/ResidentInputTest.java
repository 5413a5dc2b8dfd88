package org.gongzhi.community.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;

import org.gongzhi.community.Gender;
import org.gongzhi.community.Relation;
import org.gongzhi.community.ResidenceType;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;

class ResidentInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static ResidentInput input(String name, String gender, String born, String phone, String id) {
        return new ResidentInput(name, gender, born, phone, id, "户主", "业主", "否", "2020-01-01", "AY-1-1", "101");
    }

    @Test
    void chinese_labels_are_understood() {
        ResidentInput.Valid valid = input("王秀英", "女", "1949-12-31", "13812345678", "11010519491231002X")
                .validate(TODAY, true);
        assertThat(valid.gender()).isEqualTo(Gender.F);
        assertThat(valid.relation()).isEqualTo(Relation.HOUSEHOLDER);
        assertThat(valid.residenceType()).isEqualTo(ResidenceType.OWNER);
        assertThat(valid.partyMember()).isFalse();
        assertThat(valid.phone().tail()).isEqualTo("5678");
    }

    @Test
    void birth_date_and_gender_may_come_from_the_id_card() {
        ResidentInput.Valid valid = input("王秀英", null, null, null, "11010519491231002X").validate(TODAY, true);
        assertThat(valid.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(valid.gender()).isEqualTo(Gender.F);
    }

    @Test
    void every_problem_names_its_field() {
        assertThatThrownBy(() -> input("", "X", "1949-13-01", "12345", "110105194912310021").validate(TODAY, true))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).problems().stream().map(Problem::field).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("idCard", "gender", "birthDate", "phone");
    }

    @Test
    void the_name_is_required_and_at_most_fifty_characters_by_its_annotations() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(input(" ", "女", "1949-12-31", null, null)))
                    .extracting(v -> v.getPropertyPath().toString(),
                            v -> v.getConstraintDescriptor().getAnnotation().annotationType())
                    .containsExactly(tuple("name", NotBlank.class));
            assertThat(validator.validate(input("王".repeat(51), "女", "1949-12-31", null, null)))
                    .extracting(v -> v.getPropertyPath().toString(),
                            v -> v.getConstraintDescriptor().getAnnotation().annotationType())
                    .containsExactly(tuple("name", Size.class));
            assertThat(validator.validate(input("王".repeat(50), "女", "1949-12-31", null, null))).isEmpty();
        }
    }

    @Test
    void an_id_card_that_contradicts_the_birth_date_is_refused() {
        assertThatThrownBy(() -> input("王秀英", "女", "1950-01-01", null, "11010519491231002X").validate(TODAY, true))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).containsExactly("validation.idCard.birthDateMismatch"));
    }

    @Test
    void the_address_is_required_only_when_registering() {
        ResidentInput noAddress = new ResidentInput("王秀英", "女", "1949-12-31", null, null, "户主", "业主", null,
                null, null, null);
        assertThat(noAddress.validate(TODAY, false).movedIn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> noAddress.validate(TODAY, true)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("stairwellCode", "room"));
    }

    @Test
    void a_birth_in_the_future_is_refused() {
        assertThatThrownBy(() -> input("小明", "男", "2027-01-01", null, null).validate(TODAY, true))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(Problem::code).contains("validation.birthDate.range"));
    }
}
