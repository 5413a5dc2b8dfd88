package org.gongzhi.identity.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzhi.identity.membership.HomeAddress;
import org.gongzhi.identity.membership.JoinInput;
import org.gongzhi.identity.membership.JoinMethod;
import org.gongzhi.identity.membership.VerificationMethod;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.shared.security.ScopeType;

/**
 * The JSON bodies (and form fields) of joining, password reset and account administration. A join carries no role,
 * scope or resident: whatever else a body holds is ignored, and the register decides which resident an account is.
 */
final class MembershipRequests {

    private MembershipRequests() {
    }

    /** A resident joining; the sign-in name may be left out and is then the phone number. */
    record JoinRequest(@Size(max = 50) String name, @Size(max = 20) String phone, Integer building, Integer unit,
            @Size(max = 10) String room, @Size(max = 60) String username, @Size(max = 200) String password,
            JoinMethod method, @Size(max = 20) String code, @Size(max = 4) String idTail) {

        JoinInput input() {
            HomeAddress address = building == null || unit == null || room == null ? null
                    : new HomeAddress(building, unit, room);
            return new JoinInput(name, phone, address, username, password, method, code, idTail);
        }
    }

    record ResetRequest(@NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 20) String code,
            @NotBlank @Size(max = 200) String newPassword, @NotBlank @Size(max = 200) String confirmPassword) {
    }

    record GrantRequest(@NotNull Role role, @NotNull ScopeType scopeType, Long scopeId) {
    }

    record StaffAccountRequest(@NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 60) String displayName,
            @NotEmpty @Valid List<GrantRequest> grants) {

        Set<RoleGrant> roleGrants() {
            return grants.stream().map(g -> new RoleGrant(g.role(), g.scopeType(), g.scopeId()))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    /** The page's form: one role and one scope; more roles are added as the person needs them. */
    record StaffAccountForm(@NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 60) String displayName,
            @NotNull Role role, @NotNull ScopeType scopeType, Long scopeId) {
    }

    record RepresentativeRequest(@NotNull ScopeType scopeType, @NotNull Long scopeId, @NotNull LocalDate termFrom,
            @NotNull LocalDate termUntil) {
    }

    record ApprovalRequest(@NotNull VerificationMethod method) {
    }

    record WithdrawalRequest(@NotBlank @Size(max = 200) String reason) {
    }

    record HouseholdCodeRequest(@NotNull Integer building, @NotNull Integer unit, @NotBlank @Size(max = 10) String room) {

        HomeAddress address() {
            return new HomeAddress(building, unit, room.strip());
        }
    }
}
