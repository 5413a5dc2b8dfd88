package org.gongzhi;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.Set;

import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

import org.gongzhi.identity.internal.SliceSecurity;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.shared.web.SliceWeb;

/**
 * A test of controllers at the middle depth: only the web layer of the named controllers, with the application's
 * security (sign-in, 401 and 403 problems, CSRF), its messages, labels and error answers ({@code ApiErrors},
 * {@code PageErrors}); no database and no other module. The services a controller calls are
 * {@code @MockitoBean}s of the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({SliceSecurity.class, SliceWeb.class})
public @interface WebSlice {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};

    /** Who acts in a slice: an account of community 1 holding these roles community-wide. */
    final class Acting {

        public static final long COMMUNITY = 1;

        private Acting() {
        }

        public static Actor actor(Role... roles) {
            Set<RoleGrant> grants = java.util.Arrays.stream(roles).map(RoleGrant::communityWide)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            return new Actor(42, "slice.user", "Slice User", COMMUNITY, null, false, grants);
        }

        /** Signs the request in as this actor, as the application's sign-in would. */
        public static RequestPostProcessor as(Actor actor) {
            return user(new Principal(actor));
        }

        public static RequestPostProcessor as(Role... roles) {
            return as(actor(roles));
        }
    }

    /** The signed-in account as the application's security sees it. */
    record Principal(Actor actor) implements UserDetails, Actor.ActsAs {

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return actor.grants().stream().map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name()))
                    .distinct().toList();
        }

        @Override
        public String getPassword() {
            return "";
        }

        @Override
        public String getUsername() {
            return actor.username();
        }
    }
}
