package dev.unrolled.site;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * What templates may call on Java objects: the public methods the tool's own classes declare (the page models,
 * {@code fx}, {@code px}) and nothing else: no {@code getClass()}, no methods of JDK or library classes, no
 * constructors, no fields. Maps, lists, strings and numbers reach templates as plain template values, not objects.
 *
 * <p>A method it exposes is also made accessible ({@link Method#setAccessible}): FreeMarker calls the method object
 * it asked about here, and {@link Method#invoke} on a method not made accessible walks the stack to find its
 * caller's class on every call, a few percent of a large build spent on a check that passes anyway (FreeMarker
 * offers only public methods of public classes, and these are the tool's own). {@code getMethods()} hands out
 * copies, so this changes nothing for anyone else.
 */
final class OwnMembersOnly implements MemberAccessPolicy {
    static final OwnMembersOnly INSTANCE = new OwnMembersOnly();
    private static final String OWN = "dev.unrolled.";
    private static final Set<String> OBJECT_METHODS = Set.of("getClass", "hashCode", "equals", "notify",
            "notifyAll", "wait");

    private OwnMembersOnly() {}

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                boolean exposed = method.getDeclaringClass().getName().startsWith(OWN)
                        && !OBJECT_METHODS.contains(method.getName());
                if (exposed) {
                    method.setAccessible(true);
                }
                return exposed;
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(Field field) {
                return false;
            }
        };
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return true;
    }
}
