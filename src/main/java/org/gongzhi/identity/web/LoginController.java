package org.gongzhi.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import org.gongzhi.shared.security.Actor;

@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return Actor.current().isPresent() ? "redirect:/" : "identity/login";
    }
}
