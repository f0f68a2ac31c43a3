package io.mooring.notification.email;

import io.mooring.notification.notices.EmailContent;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders emails from Thymeleaf templates under {@code templates/email/}: {@code <name>.html}
 * (escaped HTML) and {@code <name>.txt} (plain text) from the same model.
 */
@Component
public class EmailTemplates {
  private final TemplateEngine engine = new TemplateEngine();

  public EmailTemplates() {
    engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
  }

  public EmailContent render(String name, String subject, Map<String, Object> model) {
    Context context = new Context();
    context.setVariables(model);
    context.setVariable("subject", subject);
    return new EmailContent(
        subject, engine.process(name + ".txt", context), engine.process(name + ".html", context));
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/email/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of("*" + suffix));
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    resolver.setOrder(order);
    resolver.setCheckExistence(true);
    return resolver;
  }
}
