package org.gongzhi.cases.open311;

/**
 * A POSTed GeoReport v2 request, as far as it is kept: the submitter's e-mail, name and phone are not read
 * at all, since nothing here needs them (the city system that files the request keeps its own contact).
 */
public record Open311Submission(String apiKey, String serviceCode, String description, String addressString,
        String addressId, String lat, String lon, String mediaUrl) {
}
