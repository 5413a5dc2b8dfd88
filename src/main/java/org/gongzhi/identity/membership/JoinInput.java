package org.gongzhi.identity.membership;

/** What a person gives to join: who they are, where they live, how they prove it, and their sign-in. */
public record JoinInput(String name, String phone, HomeAddress address, String username, String password,
        JoinMethod method, String code, String idTail) {
}
