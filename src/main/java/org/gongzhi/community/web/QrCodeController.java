package org.gongzhi.community.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import org.gongzhi.community.ResidentPermissions;
import org.gongzhi.community.StairwellSummary;
import org.gongzhi.community.Stairwells;
import org.gongzhi.community.internal.QrCodes.Label;
import org.gongzhi.community.internal.QrCodes;
import org.gongzhi.community.internal.QrSheet;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/** The QR code that opens each stairwell card, and the sheets of them that staff print for the stairwells. */
@Controller
class QrCodeController {

    private static final int MODULE_PIXELS = 10;

    private final Stairwells stairwells;
    private final ResidentPermissions permissions;
    private final MessageSource messages;
    private final String publicUrl;

    QrCodeController(Stairwells stairwells, ResidentPermissions permissions, MessageSource messages,
            @Value("${gongzhi.public-url:}") String publicUrl) {
        this.stairwells = stairwells;
        this.permissions = permissions;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/s/{code}/qr.png")
    ResponseEntity<byte[]> qrCode(@PathVariable String code) {
        String known = stairwells.card(code, Optional.empty()).code();
        byte[] png = QrCodes.png(QrCodes.image(cardUrl(siteUrl(), known), MODULE_PIXELS));
        // Private: without gongzhi.public-url the URL in the code follows the request's host.
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate()).body(png);
    }

    @GetMapping("/stairwells/qr.pdf")
    ResponseEntity<byte[]> pdfSheet(@RequestParam(required = false) Integer grid, Locale locale) {
        return attachment(QrSheet.pdf(labels(grid, locale)), MediaType.APPLICATION_PDF, fileName(grid, "pdf"));
    }

    @GetMapping("/stairwells/qr.png")
    ResponseEntity<byte[]> pngSheet(@RequestParam(required = false) Integer grid, Locale locale) {
        return attachment(QrSheet.png(labels(grid, locale)), MediaType.IMAGE_PNG, fileName(grid, "png"));
    }

    private List<Label> labels(Integer grid, Locale locale) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canPrintQrCodes(actor));
        String site = siteUrl();
        List<Label> labels = stairwells.all(Permissions.community()).stream()
                .filter(s -> grid == null || s.gridNumber() == grid)
                .map(s -> label(s, site, locale))
                .toList();
        if (labels.isEmpty()) {
            throw new NotFound("grid " + grid);
        }
        return labels;
    }

    private Label label(StairwellSummary stairwell, String site, Locale locale) {
        return new Label(cardUrl(site, stairwell.code()),
                message("qr.label.title", locale, stairwell.buildingNumber(), stairwell.unitNumber()),
                message("qr.label.place", locale, stairwell.gridNumber(), stairwell.zoneName()),
                stairwell.code(),
                message("qr.label.hint", locale));
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String siteUrl() {
        return publicUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : publicUrl;
    }

    private static String cardUrl(String site, String code) {
        return UriComponentsBuilder.fromUriString(site).path("/s/{code}").buildAndExpand(code).toUriString();
    }

    private static String fileName(Integer grid, String extension) {
        return "stairwell-qr-" + (grid == null ? "all" : "grid-" + grid) + "." + extension;
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .headers(h -> h.setContentDisposition(ContentDisposition.attachment().filename(fileName).build()))
                .body(body);
    }
}
