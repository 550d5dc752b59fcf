/**
 * Plain-language page about persistent pain after spine surgery, written for SpinePath (about a grade-8 reading level).
 * It explains; it does not advise a particular treatment. Urgent warning signs come first in their own box.
 */
import { PageTitle } from '../shared/ui';

export default function Education() {
  return (
    <article className="prose">
      <PageTitle>Pain that lasts after back or neck surgery</PageTitle>
      <p>
        Many people have less pain after an operation on the spine. Some do not. If your pain has lasted three months or more after your operation, or has
        come back, you are not alone and you are not imagining it. Doctors call this <strong>persistent spinal pain syndrome type 2</strong>. You may also
        hear the older name, &ldquo;failed back surgery syndrome&rdquo;. The name sounds harsh, but it does not mean that you or your surgeon failed.
      </p>

      <section className="help-now" aria-labelledby="urgent-title">
        <h2 id="urgent-title">Get urgent help straight away if</h2>
        <ul>
          <li>you cannot pass urine, or you lose control of your bladder or bowels;</li>
          <li>you feel numb around your bottom, genitals or inner thighs (where you would sit on a saddle);</li>
          <li>your legs or arms are getting weaker, or you are suddenly clumsy or unsteady;</li>
          <li>you have a fever or chills with worse back pain, or your wound is red, hot, swollen or leaking;</li>
          <li>you have new, severe pain after a fall or an accident;</li>
          <li>you have a bad headache that gets worse when you sit or stand and better when you lie down, or clear fluid leaks from the wound;</li>
          <li>you have thoughts of ending your life or of hurting yourself.</li>
        </ul>
        <p>
          Call your local emergency number (112 in the EU, 999 in the UK, 911 in the US) or go to the nearest emergency department. Do not wait for your next
          appointment.
        </p>
      </section>

      <h2>What is it?</h2>
      <p>
        It is pain in the back, neck, legs or arms that is still there at least three months after spine surgery, or that started after the operation. It can
        feel the same as before the operation, or different. Some people have more pain in the back or neck; others have more pain going down a leg or an
        arm. Sleep, mood, work and daily life can all be affected.
      </p>

      <h2>Why does it happen?</h2>
      <p>There is often more than one reason, and the reasons can change over time. Common ones are:</p>
      <ul>
        <li>
          <strong>A problem with the spine itself</strong>, such as a disc that bulges again, a narrowing that presses on a nerve, a joint or level next to
          the operated one wearing out, or a fusion that has not fully healed.
        </li>
        <li>
          <strong>An irritated or injured nerve.</strong> Nerve pain often burns, tingles, shoots or feels like an electric shock.
        </li>
        <li>
          <strong>Scar tissue, muscles and joints</strong> around the spine, including the joints in the low back and pelvis.
        </li>
        <li>
          <strong>A nervous system that has become more sensitive.</strong> When pain goes on for a long time, the nerves and the brain can start to send
          pain signals more easily. The pain is real, even when scans do not show a clear cause.
        </li>
        <li>
          <strong>Things that make pain harder to live with</strong>, such as poor sleep, worry, low mood, stress at work or at home, and stopping activities
          you enjoy.
        </li>
      </ul>
      <p>
        Your clinic team will ask about your pain, examine you, and may suggest tests. SpinePath helps them think about each possible reason and which test
        would tell them the most.
      </p>

      <h2>What can help?</h2>
      <p>There is rarely one quick fix. Most people do best with a plan that combines several steps, agreed with their clinic team:</p>
      <ul>
        <li>
          <strong>Staying active</strong> at a pace that suits you, often with a physiotherapist or an exercise programme. Moving a little every day usually
          helps more than resting.
        </li>
        <li>
          <strong>Learning about pain and ways to cope</strong>, for example with a psychologist or a pain management programme. This does not mean the pain
          is &ldquo;in your head&rdquo;; it gives you tools to lower the effect pain has on your life.
        </li>
        <li>
          <strong>Medicines</strong> chosen for the type of pain, reviewed regularly. Some medicines, such as strong opioids, can cause more harm than good
          when taken for a long time, so your team will talk with you about the benefits and the risks.
        </li>
        <li>
          <strong>Injections or nerve treatments</strong> for some causes, when tests point to a specific source of pain.
        </li>
        <li>
          <strong>Spinal cord stimulation</strong>, a small implanted device that can ease nerve pain in the legs, for some people whose pain has not
          improved with other treatments.
        </li>
        <li>
          <strong>Another operation</strong> only when a clear problem that surgery can fix has been found and matches your symptoms.
        </li>
      </ul>

      <h2>What you can do</h2>
      <ul>
        <li>Fill in your questionnaires and your pain diary. They show your team how you are doing over time and whether a treatment is working.</li>
        <li>Write down your questions before appointments, and tell your team what matters most to you (for example walking further, sleeping, or going back to work).</li>
        <li>Tell your team about every medicine you take, including ones you buy yourself, and any blood thinners.</li>
        <li>Be patient with yourself. Progress is often slow and uneven. Keep talking to your team.</li>
      </ul>
      <p className="muted small">
        This page gives general information. It is not a diagnosis and does not replace advice from your own clinic team.
      </p>
    </article>
  );
}
