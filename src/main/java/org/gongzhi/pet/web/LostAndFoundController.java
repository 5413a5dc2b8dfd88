package org.gongzhi.pet.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.pet.LostAndFoundHandling;
import org.gongzhi.pet.NoticeInput;
import org.gongzhi.pet.NoticeKind;
import org.gongzhi.pet.PetHandling;
import org.gongzhi.pet.PetNotice;
import org.gongzhi.pet.Species;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.shared.web.PostRedirectGet;

/** The lost-and-found board page: open notices, the form to post one, and "reunited" for the household's own. */
@Controller
@RequestMapping("/pets/lost")
class LostAndFoundController {

    private static final int PAGE_SIZE = 20;

    private final LostAndFoundHandling board;
    private final PetHandling pets;
    private final PostRedirectGet prg;
    private final FormProblems formProblems;

    LostAndFoundController(LostAndFoundHandling board, PetHandling pets, PostRedirectGet prg,
            FormProblems formProblems) {
        this.board = board;
        this.pets = pets;
        this.prg = prg;
        this.formProblems = formProblems;
    }

    @GetMapping
    String board(@RequestParam(required = false) Integer page, Model model) {
        return show(model, NoticeInput.empty(), List.of(), page);
    }

    @PostMapping
    String post(@Valid @ModelAttribute("noticeInput") NoticeInput input, BindingResult fields,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile photo, Model model,
            RedirectAttributes redirect) {
        try {
            formProblems.require(fields);
            long id = board.post(Permissions.actor(), input,
                    org.gongzhi.shared.files.PhotoUploads.photo(photo, "photo"));
            redirect.addFlashAttribute("flash", "pet.done.noticePosted");
            return "redirect:/pets/lost#notice-" + id;
        } catch (InvalidInput e) {
            return show(model, input, e.problems(), null);
        }
    }

    @GetMapping("/{id}/photo")
    org.springframework.http.ResponseEntity<byte[]> photo(@PathVariable long id) {
        return LostAndFoundApiController.photoOf(board, id);
    }

    @PostMapping("/{id}/reunited")
    String reunite(@PathVariable long id, @RequestParam(required = false) Long with, RedirectAttributes redirect) {
        return prg.attempt("/pets/lost", redirect, "pet.done.reunited",
                () -> board.reunite(Permissions.actor(), id, with));
    }

    private String show(Model model, NoticeInput input, List<InvalidInput.Problem> problems, Integer page) {
        Actor actor = Permissions.actor();
        PageResult<PetNotice> result = board.open(actor, null, PageResult.clampPage(page), PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("closable", board.closableBy(actor, result.items()));
        model.addAttribute("found", board.open(actor, NoticeKind.FOUND, 0, 50).items());
        model.addAttribute("lost", board.open(actor, NoticeKind.LOST, 0, 50).items());
        model.addAttribute("myPets", pets.household(actor).map(h -> h.living()).orElse(List.of()));
        model.addAttribute("noticeInput", input);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", NoticeKind.values());
        model.addAttribute("species", Species.values());
        model.addAttribute("base", "/pets/lost");
        return "pet/lost";
    }
}
