package dev.rallypoint.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits every servlet service applies to incoming requests.
 *
 * @param maxRequestBody the largest request body accepted; larger ones are answered 413
 */
@ConfigurationProperties("rallypoint.web")
public record WebProperties(@DefaultValue("64KB") DataSize maxRequestBody) {
}
