package org.gongzhi.identity;

/**
 * The who-and-consent fields every 代办 form has (the template fragment {@code fragments :: onBehalfWho}), as text
 * from a page or JSON: a form record declaring these six components gets {@link #whom()} for free.
 */
public interface OnBehalfFields {

    String residentName();

    String building();

    String unit();

    String room();

    String consent();

    String consentNote();

    /** The fields read as a request: a building or unit that is not a number is left out and so refused. */
    default OnBehalfRequest whom() {
        return OnBehalfRequest.typed(residentName(), building(), unit(), room(), consent(), consentNote());
    }
}
