package io.mooring.platform.identity;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives controller methods their verified {@link Caller}; anything else is a 401 problem. */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {
  private final InternalIdentityTokens tokens;

  CallerArgumentResolver(InternalIdentityTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Caller.class;
  }

  @Override
  public Caller resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest request,
      WebDataBinderFactory binderFactory) {
    try {
      return tokens.verify(request.getHeader(InternalIdentityTokens.HEADER));
    } catch (InvalidIdentityException e) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
      problem.setTitle("Not authenticated");
      throw new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, e);
    }
  }
}
