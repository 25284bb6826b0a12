package dev.rallypoint.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits every servlet service applies to incoming requests.
 *
 * @param maxRequestBody the largest request body accepted; larger ones are answered 413
 * @param maxRequestTarget the longest path and query accepted; longer ones are answered 414
 * @param maxRequestHeaders the most header bytes accepted; more are answered 431
 */
@ConfigurationProperties("rallypoint.web")
public record WebProperties(@DefaultValue("64KB") DataSize maxRequestBody, @DefaultValue("8KB") DataSize maxRequestTarget,
        @DefaultValue("16KB") DataSize maxRequestHeaders) {
}
