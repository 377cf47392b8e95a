package dev.ccwconsole.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The login form (Quarkus form authentication posts it to /j_security_check) and logout. */
@Path("/")
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, String user, boolean demo, String csrfToken);
    }

    private final SecurityIdentity identity;
    private final DemoMode demo;
    private final CsrfTokens csrf;

    public LoginPage(SecurityIdentity identity, DemoMode demo, CsrfTokens csrf) {
        this.identity = identity;
        this.demo = demo;
        this.csrf = csrf;
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") boolean error) {
        return Templates.login(error, identity.isAnonymous() ? null : identity.getPrincipal().getName(), demo.active(),
                csrf.token());
    }

    /** Ends the session by expiring the form-login cookie. */
    @POST
    @Path("logout")
    public Response logout() {
        return Response.seeOther(URI.create("/")).cookie(new NewCookie.Builder(CookieSessionCsrf.SESSION_COOKIE)
                .value("").path("/").maxAge(0).build()).build();
    }
}
