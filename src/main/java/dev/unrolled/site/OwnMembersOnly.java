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
                return method.getDeclaringClass().getName().startsWith(OWN)
                        && !OBJECT_METHODS.contains(method.getName());
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
