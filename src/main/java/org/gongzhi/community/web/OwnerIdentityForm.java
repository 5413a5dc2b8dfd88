package org.gongzhi.community.web;

import jakarta.validation.constraints.NotBlank;

/**
 * An owner's ID number typed in by staff on the list of owners to complete, with the list's building and page to
 * return to. The number's own rules (GB 11643) are checked where the API checks them too.
 */
record OwnerIdentityForm(@NotBlank String idNumber, Integer building, Integer page) {
}
